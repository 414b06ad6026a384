package dk.puljeflow.signature;

public enum SignatureState {
  PENDING,
  SIGNED,
  DECLINED,
  /** The signature period ran out, or the case ended, before this party answered. */
  EXPIRED
}

package dk.puljeflow.signature;

/** Ids and variables of three-party-signature.bpmn that code refers to. */
public final class SignatureProcess {

  public static final String KEY = "threePartySignature";
  public static final String EXPIRES_AT = "signatureExpiresAt";
  public static final String REMINDER_AFTER = "signatureReminderAfter";
  public static final String DECLINED = "signatureDeclined";
  public static final String OUTCOME = "signatureOutcome";
  public static final String SIGNER_ROLE = "signerRole";

  public static final String SIGNED = "SIGNED";
  public static final String DECLINED_OUTCOME = "DECLINED";
  public static final String LAPSED = "LAPSED";

  private SignatureProcess() {}
}

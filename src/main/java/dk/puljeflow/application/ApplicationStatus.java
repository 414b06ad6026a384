package dk.puljeflow.application;

/** Where an application stands, as applicants and reports see it. */
public enum ApplicationStatus {
  RECEIVED,
  AWAITING_SIGNATURES,
  AWAITING_DECISION,
  MORE_INFORMATION_REQUESTED,
  APPROVED,
  CONTRACT_PENDING,
  ACTIVE,
  CLOSED,
  REJECTED,
  REJECTED_BY_SIGNER,
  LAPSED,
  WITHDRAWN;

  public boolean isFinal() {
    return this == CLOSED || this == REJECTED || this == REJECTED_BY_SIGNER || this == LAPSED || this == WITHDRAWN;
  }
}

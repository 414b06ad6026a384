package dk.puljeflow.signature;

/** The parties who may have to sign an application; each pool names the ones it requires. */
public enum SignerRole {
  APPLICANT("ansøger"),
  NEAREST_MANAGER("nærmeste leder"),
  UNION_REP("tillidsrepræsentant");

  private final String danishName;

  SignerRole(String danishName) {
    this.danishName = danishName;
  }

  public String danishName() {
    return danishName;
  }
}

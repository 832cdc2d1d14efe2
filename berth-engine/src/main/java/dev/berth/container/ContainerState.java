package dev.berth.container;

/** Docker's container states, by the lower-case names the API uses. */
public enum ContainerState {
  CREATED("created"),
  RUNNING("running"),
  PAUSED("paused"),
  RESTARTING("restarting"),
  REMOVING("removing"),
  EXITED("exited"),
  DEAD("dead");

  private final String apiName;

  ContainerState(String apiName) {
    this.apiName = apiName;
  }

  public String apiName() {
    return apiName;
  }

  public static ContainerState ofApiName(String name) {
    for (ContainerState s : values()) {
      if (s.apiName.equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown container state " + name);
  }
}

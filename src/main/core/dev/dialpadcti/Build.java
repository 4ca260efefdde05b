package dev.dialpadcti;

/** Which build this is: production (the default) or development. */
final class Build {
  private Build() {}

  /**
   * The development build: how-to-fix messages and development warnings. A compile-time constant
   * in J2CL (the define {@code dialpadcti.dev}, see defines.js), so Closure drops the other form; a
   * system property on the JVM and a configuration property in GWT.
   */
  static final boolean DEV = "true".equals(System.getProperty("dialpadcti.dev", "false"));
}

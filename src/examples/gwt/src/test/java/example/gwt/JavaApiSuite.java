package example.gwt;

import com.google.gwt.junit.tools.GWTTestSuite;
import junit.framework.Test;

/** What gwt:test runs: the library's Java API compiled by GWT 2 and run in HtmlUnit. */
public final class JavaApiSuite {
  private JavaApiSuite() {}

  public static Test suite() {
    GWTTestSuite suite = new GWTTestSuite("dialpad-cti Java API under GWT 2");
    suite.addTestSuite(JavaApiGwtCase.class);
    suite.addTestSuite(DevelopmentBuildGwtCase.class);
    return suite;
  }
}

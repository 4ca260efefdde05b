package example.gwt;

import com.google.gwt.junit.client.GWTTestCase;
import dev.dialpadcti.CtiException;
import dev.dialpadcti.DialpadCti;
import dev.dialpadcti.ErrorCode;
import dev.dialpadcti.MountOptions;
import jsinterop.base.Js;
import jsinterop.base.JsPropertyMap;

/** A GWT app switches to the development build with the configuration property dialpadcti.dev. */
public class DevelopmentBuildGwtCase extends GWTTestCase {
  @Override
  public String getModuleName() {
    return "example.gwt.JavaApiDevTest";
  }

  public void testMessagesSayHowToFix() {
    MountOptions typo = Js.uncheckedCast(JsPropertyMap.of("clientID", "a"));
    try {
      DialpadCti.mount("body", typo);
      fail("mounted with an unknown option");
    } catch (CtiException e) {
      assertEquals(ErrorCode.UNKNOWN_FIELD, e.getCode());
      assertEquals("mount's options has no field 'clientID'; did you mean 'clientId'?", e.getMessage());
    }
  }
}

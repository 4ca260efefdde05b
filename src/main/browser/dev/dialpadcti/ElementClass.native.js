/**
 * @param {string} name
 * @param {string} observed
 * @param {?} hooks
 */
ElementClass.define = function(name, observed, hooks) {
  const attributes = observed.split('|').slice(1, -1);
  // Callback and property names are quoted: Closure would rename the ones its externs lack, and the
  // browser looks them up by name. Quoted names need a class that is not a struct.
  /** @unrestricted */
  class DialpadCtiElement extends HTMLElement {
    static get 'observedAttributes'() {
      return attributes;
    }

    'connectedCallback'() {
      try {
        hooks.connected(this);
      } catch (e) {
        hooks.failed(this, e);
      }
    }

    // Not guarded: it only schedules the check that destroys, and cannot throw.
    'disconnectedCallback'() {
      hooks.disconnected(this);
    }

    // Its presence is what matters: moveBefore() then moves the element, iframe and all, without
    // disconnecting it, so the CTI does not reload.
    'connectedMoveCallback'() {}

    /**
     * @param {string} attribute
     * @param {?string} before
     * @param {?string} after
     */
    'attributeChangedCallback'(attribute, before, after) {
      try {
        // setAttribute() with the value it has calls this too.
        if (before !== after) {
          hooks.changed(this, attribute);
        }
      } catch (e) {
        hooks.failed(this, e);
      }
    }

    get 'cti'() {
      return hooks.cti(this);
    }

    get 'state'() {
      return hooks.state(this);
    }
  }
  customElements.define(name, DialpadCtiElement);
};

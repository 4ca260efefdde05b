/** @fileoverview The script's entry point: starts the Java application. */
goog.module('example.j2cl.app');

// dialpad-cti's build switch: with the define dialpadcti.dev set (pom.xml), the development build.
goog.require('dialpadcti');
const ScreenPop = goog.require('example.j2cl.ScreenPop');

ScreenPop.start();

/** @fileoverview The script's entry point: starts the Java application. */
goog.module('example.j2cl.app');

const ScreenPop = goog.require('example.j2cl.ScreenPop');

ScreenPop.start();

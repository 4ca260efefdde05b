/**
 * @fileoverview The build switch. Java reads it with System.getProperty("dialpadcti.dev", "false");
 * the development bundle is built with the define set to true. (A goog.module form of this file
 * would silently keep the default in the Closure version the J2CL plugin uses.)
 */
goog.provide('dialpadcti');

/** @define {boolean} Development build: how-to-fix hints and development warnings. */
dialpadcti.dev = goog.define('dialpadcti.dev', false);

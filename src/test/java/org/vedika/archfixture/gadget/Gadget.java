package org.vedika.archfixture.gadget;

/** Planted: a top-level package that is no feature of the table, and a class in no role (rules 1, 3). */
public class Gadget {}

package dev.dialpadcti;

/** Receives the fields of a wire payload as the core builds it. */
interface PayloadWriter {
  void put(String key, Object value);
}

package org.vedika.testing;

/** Entities for unit tests, as the database would give them back. */
public final class Entities {

  private Entities() {}

  /** The entity with its generated id set, as if it had been stored. */
  public static <T> T withId(T entity, long id) {
    try {
      var field = entity.getClass().getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return entity;
  }
}

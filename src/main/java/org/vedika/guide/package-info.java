/**
 * Guides: short how-to texts per programme and task, in Khmer and English, with their sources and
 * the day they were last checked; every version kept, published by a second person.
 *
 * <p>Owns tables: guide, guide_version.
 */
package org.vedika.guide;

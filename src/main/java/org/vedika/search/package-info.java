/**
 * Search: find threads by the Khmer or English words a reader types.
 *
 * <p>Operations: turn a post's text into the words of its {@code FULLTEXT} column; turn a reader's
 * query into a MariaDB boolean-mode search that needs every word, or into one that ranks posts by
 * the words they share ("similar problems").
 *
 * <p>Invariants: the column and the queries go through one analysis ({@code SearchText}); every
 * stored token is at least three code points long and never an InnoDB stopword; no reader input
 * reaches the query as a boolean operator.
 *
 * <p>Decisions: MariaDB's own parser cannot split Khmer, which has no spaces between words, so
 * ICU4J segments it in Java. Short words and stopwords are encoded with {@code _} rather than
 * changing {@code innodb_ft_min_token_size} or the stopword list, because the shared servers keep
 * the InnoDB defaults. Lucene is the way out if ranking or fuzzy matching ever matter more.
 *
 * <p>Owns no table.
 */
package org.vedika.search;

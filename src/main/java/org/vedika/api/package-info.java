/**
 * The API's Jakarta REST application: {@code /api}, with every resource and provider of the
 * features that serve it listed (Open311, at the path its standard fixes, is an application of its
 * own).
 *
 * <p>Decisions: the list is explicit, not scanned, because an application that lists nothing serves
 * every resource of the WAR, Open311's too; {@code RestApplicationsTest} keeps it whole. It sits
 * above every feature (it names their resources); no feature names it.
 *
 * <p>Owns no table.
 */
package org.vedika.api;

/**
 * Planted violations for {@code ArchitectureTest.PlantedViolations}: a fake feature layout that
 * breaks each dependency rule once, so the rules are seen to fail. Nothing here runs, and the rules
 * on the real code never import it (they read {@code target/classes} only).
 */
package org.vedika.archfixture;

package dk.puljeflow.deployment;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The BPMN, DMN and form files of one release, keyed by resource name ({@code processes/x.bpmn},
 * {@code forms/y.form}). The names are the same whether the files came from disk or from the jar, so a
 * change of source alone is not a change of the set.
 */
public record ModelSet(SortedMap<String, byte[]> files) {

  public ModelSet {
    files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }

  public static ModelSet of(Map<String, byte[]> files) {
    return new ModelSet(new TreeMap<>(files));
  }

  public boolean isEmpty() {
    return files.isEmpty();
  }
}

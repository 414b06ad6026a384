package dk.puljeflow.report;

import java.util.List;

/** One report as the API answers it: the filter it was computed with and its rows, the same rows as its CSV. */
public record Report<T>(ReportFilter filter, List<T> rows) {}

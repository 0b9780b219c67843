"""Growth monitoring: WHO z-scores (who), nutritional-status categories (classify),
batch files of measurements (zscore_io). Plain Python + numpy, no Qt."""

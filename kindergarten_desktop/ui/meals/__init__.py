"""Pages of the Meals & fees tab."""

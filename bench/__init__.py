"""The benchmark (make bench, make bench-smoke) and the load scenarios shared with the tests."""

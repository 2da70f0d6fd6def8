"""The golden suite: cases, the comparator, and runs of `netops eval`."""

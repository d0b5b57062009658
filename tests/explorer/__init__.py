"""Tests of the network explorer (kg.explorer)."""

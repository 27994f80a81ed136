"""Counters package doc."""

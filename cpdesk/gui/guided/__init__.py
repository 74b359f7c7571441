"""Guided mode: the trainee's way through the 18 tasks of the method, with its checks."""

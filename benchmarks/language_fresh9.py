"""placeholder"""
FRESH9: list = []

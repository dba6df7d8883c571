"""Shared test setup: no test may reach the network (fakes on 127.0.0.1 only)."""

from __future__ import annotations

import ipaddress
import os
import socket
from typing import Any

import pytest


def _is_loopback(address: Any) -> bool:
    if not isinstance(address, tuple):
        return True  # AF_UNIX paths and the like stay on this machine
    host = str(address[0])
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name: it would be resolved and reached over the network


@pytest.fixture(autouse=True)
def _block_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any socket connect to a non-loopback address raises; set VLA_ALLOW_NETWORK=1 to lift it."""
    if os.environ.get("VLA_ALLOW_NETWORK") == "1":
        return
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guard(sock: socket.socket, address: Any) -> None:
        if not _is_loopback(address):
            sock.close()  # callers that only expect OSError would leak it
            raise RuntimeError(f"tests must not use the network (tried to connect to {address!r}); use a fake")

    def connect(self: socket.socket, address: Any) -> None:
        guard(self, address)
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        guard(self, address)
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)

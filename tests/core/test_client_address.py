"""Which address a request comes from: the connection's, or, from our own proxies, the one
they wrote into X-Forwarded-For."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import RequestFactory, override_settings

from core.client_address import client_address

NGINX = ["127.0.0.1", "::1"]


def request_from(remote_addr, forwarded_for=None):
    headers = {"REMOTE_ADDR": remote_addr}
    if forwarded_for is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return RequestFactory().get("/", **headers)


@override_settings(TRUSTED_PROXIES=[])
def test_with_no_proxy_configured_the_header_is_never_believed():
    assert client_address(request_from("127.0.0.1", "203.0.113.7")) == "127.0.0.1"


@override_settings(TRUSTED_PROXIES=NGINX)
def test_a_direct_connection_forging_the_header_keeps_its_own_address():
    assert client_address(request_from("198.51.100.9", "203.0.113.7")) == "198.51.100.9"


@override_settings(TRUSTED_PROXIES=NGINX)
@pytest.mark.parametrize(
    ("remote_addr", "forwarded_for", "client"),
    [
        ("127.0.0.1", "203.0.113.7", "203.0.113.7"),
        ("::1", "2001:db8::7", "2001:db8::7"),
        ("::ffff:127.0.0.1", "203.0.113.7", "203.0.113.7"),  # a server listening on both
        # what the client wrote itself, left of the address nginx saw, is ignored
        ("127.0.0.1", "10.9.9.9, 192.0.2.1, 203.0.113.7", "203.0.113.7"),
        ("127.0.0.1", " 203.0.113.7 ", "203.0.113.7"),
        ("127.0.0.1", "203.0.113.7:4711", "203.0.113.7"),
        ("127.0.0.1", "[2001:db8::7]:4711", "2001:db8::7"),
        ("127.0.0.1", None, "127.0.0.1"),  # a request from the host itself
        ("127.0.0.1", "", "127.0.0.1"),
    ],
)
def test_through_nginx_the_client_is_the_address_nginx_saw(remote_addr, forwarded_for, client):
    assert client_address(request_from(remote_addr, forwarded_for)) == client


@override_settings(TRUSTED_PROXIES=[*NGINX, "10.0.0.0/8"])
@pytest.mark.parametrize(
    ("forwarded_for", "client"),
    [
        # a load balancer (10.0.0.3) in front of nginx: our own hops are skipped
        ("192.0.2.1, 203.0.113.7, 10.0.0.3", "203.0.113.7"),
        ("203.0.113.7, 10.0.0.4, 10.0.0.3", "203.0.113.7"),
        # every hop ours: the furthest one is the client
        ("10.0.0.4, 10.0.0.3", "10.0.0.4"),
        # a malformed entry ends the reading: the last good address counts
        ("203.0.113.7, unknown, 10.0.0.3", "10.0.0.3"),
        ("203.0.113.7, , 10.0.0.3", "10.0.0.3"),
        ("203.0.113.7, 10.0.0.3, 999.1.1.1", "127.0.0.1"),
        ("<script>", "127.0.0.1"),
        # malformed entries beyond the client are never read
        ("unknown, 203.0.113.7, 10.0.0.3", "203.0.113.7"),
    ],
)
def test_several_hops(forwarded_for, client):
    assert client_address(request_from("127.0.0.1", forwarded_for)) == client


@override_settings(TRUSTED_PROXIES=["unix"])
def test_a_unix_socket_counts_as_a_proxy_when_configured():
    # gunicorn gives a connection over a Unix socket an empty REMOTE_ADDR
    assert client_address(request_from("", "203.0.113.7")) == "203.0.113.7"
    assert client_address(request_from("", "")) is None


@override_settings(TRUSTED_PROXIES=NGINX)
def test_a_connection_with_no_address_has_none():
    assert client_address(request_from("", "203.0.113.7")) is None
    assert client_address(request_from("not an address")) is None


@override_settings(TRUSTED_PROXIES=["127.0.0.1", "nginx.local"])
def test_a_misconfigured_proxy_list_says_which_entry_is_wrong():
    with pytest.raises(ImproperlyConfigured, match="'nginx.local'"):
        client_address(request_from("127.0.0.1"))

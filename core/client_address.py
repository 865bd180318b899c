"""The address a request comes from, as the rate limits count it (allauth's limits on sign-in,
sign-up and password reset ask `accounts.adapter.AccountAdapter.get_client_ip`, which asks
here).

Behind nginx every connection comes from nginx, which puts the address it saw in
`X-Forwarded-For` (ours replaces the header, deploy/nginx; a proxy in front of it appends).
Anyone can send that header as well, so it is believed only when the connection comes from
one of our own proxies (`settings.TRUSTED_PROXIES`), and only as far as our proxies wrote it:
each proxy adds on the right, so the list is read from the right, past our own proxies, and
the first other address is the client. What lies further left was written by the client
and is ignored; a malformed entry ends the reading there. Reached directly (gunicorn without
nginx in front), a forged header changes nothing.

`TRUSTED_PROXIES` holds addresses or networks (`127.0.0.1`, `::1`, `10.0.0.0/8`), and `unix`
for connections over a Unix socket, which have no address (gunicorn gives an empty
`REMOTE_ADDR`); only a local process can connect there.
"""

import functools
import ipaddress

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

UNIX_SOCKET = "unix"

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def client_address(request) -> str | None:
    """The client's address, or None when the connection has none we can name."""
    remote = request.META.get("REMOTE_ADDR", "")
    address = parse_address(remote)
    if address is None:
        from_proxy = remote == "" and UNIX_SOCKET in settings.TRUSTED_PROXIES
    else:
        from_proxy = is_trusted_proxy(address)
    if not from_proxy:
        return str(address) if address else None
    for entry in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
        hop = parse_address(entry)
        if hop is None:
            break
        address = hop
        if not is_trusted_proxy(hop):
            break
    return str(address) if address else None


def parse_address(value: str) -> Address | None:
    """An address as proxies write it: bare, or with a port (`203.0.113.7:4711`,
    `[2001:db8::7]:4711`). An IPv4 address in IPv6 dress (`::ffff:127.0.0.1`, from a server
    listening on both) is the IPv4 address."""
    value = value.strip()
    if value.startswith("[") and "]" in value:
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:
        value = value.partition(":")[0]
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def is_trusted_proxy(address: Address) -> bool:
    return any(address in network for network in trusted_networks())


def trusted_networks() -> tuple[Network, ...]:
    """`settings.TRUSTED_PROXIES` as networks; ImproperlyConfigured for an entry that is
    none (the release check asks at start, see kenes/readiness.py)."""
    return _networks(tuple(settings.TRUSTED_PROXIES))


@functools.cache
def _networks(entries: tuple[str, ...]) -> tuple[Network, ...]:
    networks = []
    for entry in entries:
        if entry == UNIX_SOCKET:
            continue
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError as error:
            raise ImproperlyConfigured(
                f"TRUSTED_PROXIES: {entry!r} is neither an address, a network nor 'unix'"
            ) from error
    return tuple(networks)

import { lookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";

/** Resolves a host name to every address it has; injected so tests answer without any DNS packet. */
export type Resolver = (hostname: string) => Promise<string[]>;

export const systemResolver: Resolver = async (hostname) => (await lookup(hostname, { all: true, verbatim: true })).map((a) => a.address);

/** Which resolved addresses a check may connect to. */
export type AddressPolicy = (address: string) => boolean;

/**
 * Only globally routable unicast addresses. ipaddr.js names every other range: loopback, private, link-local
 * (169.254.169.254, the cloud metadata address), carrier-grade NAT (100.100.100.200, another metadata
 * address), unique-local (fd00:ec2::254), multicast, reserved, documentation, 6to4 and NAT64 (which can carry
 * a private IPv4 inside). IPv4-mapped IPv6 is judged as the IPv4 it carries.
 */
export const publicAddressesOnly: AddressPolicy = (address) => ipaddr.isValid(address) && ipaddr.process(address).range() === "unicast";

export const anyAddress: AddressPolicy = () => true;

/** An address literal in a URL's host (IPv6 comes in brackets), or null for a name. */
export function addressLiteral(hostname: string): string | null {
  const bare = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  return ipaddr.isValid(bare) && (bare.includes(":") || ipaddr.IPv4.isValidFourPartDecimal(bare)) ? bare : null;
}

export class RefusedAddress extends Error {
  constructor(readonly address: string) {
    super(`refused address ${address}`);
  }
}

/**
 * The one address a check connects to: every address the name resolves to must pass (a name that also
 * resolves to a private address is refused, so a rebinding answer cannot pick the private one later), and the
 * connection is pinned to the address checked here.
 */
export async function allowedAddress(hostname: string, resolver: Resolver, policy: AddressPolicy): Promise<string> {
  const literal = addressLiteral(hostname);
  const addresses = literal ? [literal] : await resolver(hostname);
  const [first] = addresses;
  if (first === undefined) throw new Error(`no address for ${hostname}`);
  for (const address of addresses) if (!policy(address)) throw new RefusedAddress(address);
  return first;
}

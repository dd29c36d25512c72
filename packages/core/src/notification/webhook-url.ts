import { lookup } from "node:dns/promises";
import { Reason } from "../errors/error-reasons";
import { BlockList, isIP } from "node:net";
import { UserInputError } from "../errors/errors";

/** Loopback, private, link-local, CGNAT, multicast and other non-public ranges (IPv4 and IPv6). */
const NON_PUBLIC = new BlockList();
for (const [net, prefix] of [["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["224.0.0.0", 4], ["240.0.0.0", 4]] as const) NON_PUBLIC.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["::ffff:0:0", 96], ["64:ff9b::", 96]] as const) {
  NON_PUBLIC.addSubnet(net, prefix, "ipv6");
}

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return !NON_PUBLIC.check(address, family === 4 ? "ipv4" : "ipv6");
}

export interface WebhookUrlPolicy {
  /** Production: https only, and only public addresses. Elsewhere http://127.0.0.1 / localhost is allowed too (tests, local receivers). */
  production: boolean;
}

/** The URL's syntax and scheme; throws BAD_USER_INPUT. */
export function parseWebhookUrl(raw: string, policy: WebhookUrlPolicy): URL {
  let url: URL;
  try {
    if (raw.length > 2000) throw new Error("too long");
    url = new URL(raw);
  } catch {
    throw new UserInputError("Not a URL", { field: "url", reason: Reason.INVALID_URL });
  }
  if (url.username || url.password) throw new UserInputError("Credentials in the URL are not allowed", { field: "url", reason: Reason.INVALID_URL });
  const local = url.protocol === "http:" && (url.hostname === "127.0.0.1" || url.hostname === "localhost");
  if (url.protocol !== "https:" && !(local && !policy.production)) {
    throw new UserInputError("A webhook URL must use https", { field: "url", reason: Reason.HTTPS_REQUIRED });
  }
  return url;
}

/**
 * Resolves the host and, in production, refuses it unless every address is public. Checked at
 * registration and again at every delivery (DNS can change); the delivery connects to the address
 * checked here, so a rebinding between check and connect cannot redirect it.
 */
export async function resolveWebhookHost(url: URL, policy: WebhookUrlPolicy): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: { address: string; family: number }[];
  try {
    addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true });
  } catch {
    throw new UserInputError("The webhook's host does not resolve", { field: "url", reason: Reason.UNRESOLVABLE_HOST });
  }
  if (policy.production && (!addresses.length || !addresses.every((a) => isPublicAddress(a.address)))) {
    throw new UserInputError("The webhook's host is not a public address", { field: "url", reason: Reason.NON_PUBLIC_ADDRESS });
  }
  return addresses[0];
}

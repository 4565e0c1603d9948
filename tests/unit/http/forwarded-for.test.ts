import { describe, expect, it } from "vitest";
import { appendPeer, clientAddress } from "@/lib/http/forwarded-for";

describe("appendPeer", () => {
  it("appends the socket address to whatever came in, like a proxy", () => {
    expect(appendPeer(undefined, "127.0.0.1")).toBe("127.0.0.1");
    expect(appendPeer("203.0.113.9", "10.0.0.2")).toBe("203.0.113.9, 10.0.0.2");
    expect(appendPeer(["1.1.1.1", "2.2.2.2, 3.3.3.3"], "::1")).toBe("1.1.1.1, 2.2.2.2, 3.3.3.3, ::1");
    expect(appendPeer(" , ", undefined)).toBe("unknown");
  });
});

describe("clientAddress", () => {
  it("with no trusted proxy, is the socket address whatever the client wrote before it", () => {
    expect(clientAddress("198.51.100.7, 127.0.0.1", 0)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", 0)).toBe("127.0.0.1");
  });

  it("behind N proxies, is the (N+1)-th entry from the right", () => {
    expect(clientAddress("forged, 203.0.113.5, 10.0.0.2", 1)).toBe("203.0.113.5");
    expect(clientAddress("forged, 203.0.113.5, 10.0.0.3, 10.0.0.2", 2)).toBe("203.0.113.5");
  });

  it("with fewer entries than hops, takes the leftmost; with none or a huge one, answers unknown", () => {
    expect(clientAddress("10.0.0.2", 3)).toBe("10.0.0.2");
    expect(clientAddress(null, 0)).toBe("unknown");
    expect(clientAddress("", 1)).toBe("unknown");
    expect(clientAddress(`${"x".repeat(65)}, 10.0.0.2`, 1)).toBe("unknown");
  });
});

/**
 * Debian's nginx as a round-robin load balancer on loopback, started in the foreground with a
 * configuration and temp directories of its own (never the system's). Each answer names the
 * instance that served it in `X-Upstream`, so a test can see both instances at work.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { findNginx } from "@/lib/cli/test-tools";

export function nginxPath(): string {
  const found = findNginx();
  if (!found) throw new Error("nginx is missing: apt-get install -y nginx-light (npm test installs it when it runs as root)");
  return found;
}

function config(dir: string, port: number, upstreams: number[]): string {
  const servers = upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join("\n");
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream preflight {
${servers}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 10m;
    # In memory, never temp files: as root, nginx's workers run as nobody and cannot write this test's 0700 directory.
    client_body_buffer_size 10m;
    proxy_buffering off;
    location / {
      proxy_pass http://preflight;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout http_502;
      proxy_read_timeout 60s;
      add_header X-Upstream $upstream_addr always;
    }
  }
}
`;
}

export class Nginx {
  readonly base: string;
  private child: ChildProcess | null = null;
  private readonly dir = mkdtempSync(path.join(os.tmpdir(), "preflight-nginx-"));
  readonly output: string[] = [];

  constructor(
    private readonly port: number,
    private readonly upstreams: number[],
  ) {
    this.base = `http://localhost:${port}`;
  }

  async start(): Promise<void> {
    const file = path.join(this.dir, "nginx.conf");
    writeFileSync(file, config(this.dir, this.port, this.upstreams));
    const child = spawn(nginxPath(), ["-p", this.dir, "-c", file, "-g", "daemon off;"], { stdio: ["ignore", "pipe", "pipe"] });
    const keep = (chunk: Buffer) => this.output.push(chunk.toString());
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    this.child = child;
    for (let i = 0; i < 80; i += 1) {
      if (child.exitCode !== null) throw new Error(`nginx exited: ${this.output.join("")}`);
      const up = await fetch(`${this.base}/api/health/live`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`nginx did not answer: ${this.output.join("")}`);
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGQUIT");
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

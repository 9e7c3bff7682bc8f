/**
 * The many-machine recipe of docs/batch.md run for real: GNU parallel cuts 1,000 JSON Lines stories into
 * blocks and sends each to `newsx --input jsonl` on one of two ssh logins (`--sshlogin`). The logins are on
 * this machine: the test starts its own sshd on two loopback ports, with a config, a host key and a user key
 * it makes in a temporary folder (the system's ssh configuration is not touched). Every story must come back
 * exactly once, with its own speaker; bad lines come back as error records; both logins must have worked.
 *
 * Needs Debian's openssh-server and GNU parallel (.ci/run installs them); skips with a message without them.
 * As root, sshd also needs its privilege-separation folder /run/sshd, made here when missing (it is what the
 * package's start-up script makes; a folder under /run, not configuration).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { userInfo } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../src/cli/launch.js";
import { tempDir } from "./helpers.js";

const SSHD = "/usr/sbin/sshd";
const has = (tool: string): boolean => spawnSync("sh", ["-c", `command -v ${tool}`]).status === 0;
const missing = [
  ...(existsSync(SSHD) ? [] : ["sshd (apt-get install -y openssh-server)"]),
  ...(has("ssh") && has("ssh-keygen") ? [] : ["ssh, ssh-keygen (apt-get install -y openssh-client)"]),
  ...((spawnSync("parallel", ["--version"], { encoding: "utf8" }).stdout ?? "").startsWith("GNU parallel") ? [] : ["GNU parallel (apt-get install -y parallel)"]),
];

const { FORCE_COLOR: _f, NO_COLOR: _n, ...cleanEnv } = process.env;

const STORIES = 1000;
const FIRST = ["Alma", "Bruno", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hiro"];
const LAST = ["Reyes", "Okafor", "Lindgren", "Novak", "Castellanos"];
/** A different clerk for most stories, so that a record mixed up with another story's would show. */
const clerk = (i: number): string => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;

/** An invented story: a headline and one quote with its speaker. */
function storyLine(i: number): string {
  const text = `Harbour Council Vote Number ${i}\n\n“We counted every ballot twice,” said clerk ${clerk(i)}.\n`;
  return JSON.stringify({ id: `story-${i}`, text });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

describe("GNU parallel --sshlogin over two ssh logins on this machine", { timeout: 600_000 }, () => {
  if (missing.length > 0) {
    it.skip(`SKIPPED: missing ${missing.join("; ")}; the many-machine recipe is not checked`, () => {});
    return;
  }

  const tmp = tempDir();
  const path = tmp.path;
  let sshd: ChildProcess | undefined;
  let sshdErrors = "";
  const logins = ["newsx-a", "newsx-b"];
  const ssh = (login: string, command: string) =>
    spawnSync("ssh", ["-F", path("ssh_config"), login, command], { encoding: "utf8", env: cleanEnv, timeout: 30_000 });

  beforeAll(async () => {
    chmodSync(tmp.dir, 0o700);
    for (const key of ["host_key", "user_key"]) {
      const made = spawnSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", `newsx-test-${key}`, "-f", path(key)], { encoding: "utf8" });
      if (made.status !== 0) throw new Error(`ssh-keygen: ${made.stderr}`);
    }
    writeFileSync(path("authorized_keys"), readFileSync(path("user_key.pub")));
    const ports = [await freePort(), await freePort()];
    const user = userInfo().username;
    writeFileSync(
      path("sshd_config"),
      [
        ...ports.map((port) => `Port ${port}`),
        "ListenAddress 127.0.0.1",
        `HostKey ${path("host_key")}`,
        `PidFile ${path("sshd.pid")}`,
        `AuthorizedKeysFile ${path("authorized_keys")}`,
        `AllowUsers ${user}`,
        "PermitRootLogin prohibit-password",
        "PubkeyAuthentication yes",
        "PasswordAuthentication no",
        "KbdInteractiveAuthentication no",
        "UsePAM no",
        "StrictModes no",
        "LogLevel ERROR",
        "",
      ].join("\n"),
    );
    const hostKey = readFileSync(path("host_key.pub"), "utf8").trim().split(" ").slice(0, 2).join(" ");
    writeFileSync(path("known_hosts"), ports.map((port) => `[127.0.0.1]:${port} ${hostKey}\n`).join(""));
    writeFileSync(
      path("ssh_config"),
      logins
        .map((login, i) =>
          [
            `Host ${login}`,
            "  HostName 127.0.0.1",
            `  Port ${ports[i]}`,
            `  User ${user}`,
            `  IdentityFile ${path("user_key")}`,
            "  IdentitiesOnly yes",
            `  UserKnownHostsFile ${path("known_hosts")}`,
            "  StrictHostKeyChecking yes",
            "  BatchMode yes",
            "  LogLevel ERROR",
            "",
          ].join("\n"),
        )
        .join("\n"),
    );
    if (process.getuid?.() === 0 && !existsSync("/run/sshd")) mkdirSync("/run/sshd", { mode: 0o755 });
    // -D: stays in the foreground as our child, ended in afterAll; -e: its errors on stderr.
    sshd = spawn(SSHD, ["-D", "-e", "-f", path("sshd_config")], { stdio: ["ignore", "ignore", "pipe"] });
    sshd.stderr!.setEncoding("utf8").on("data", (d: string) => (sshdErrors += d));
    // Wait until both logins answer (a bounded number of tries, not a clock).
    for (const login of logins) {
      let answer = ssh(login, "echo ready");
      for (let tries = 0; answer.stdout.trim() !== "ready" && tries < 50 && sshd.exitCode === null; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        answer = ssh(login, "echo ready");
      }
      if (answer.stdout.trim() !== "ready") throw new Error(`cannot log in as ${login}: ${answer.stderr}${sshdErrors}`);
    }
  });

  afterAll(() => {
    if (sshd && sshd.exitCode === null) sshd.kill("SIGTERM");
    tmp.remove();
  });

  it(`${STORIES} stories: each once, with its own speaker; bad lines as error records; both logins used`, () => {
    const lines = Array.from({ length: STORIES }, (_, i) => storyLine(i + 1));
    // Two bad lines among the stories: one that is not JSON, one whose text is not a string.
    lines.splice(400, 0, "{broken");
    lines.splice(700, 0, JSON.stringify({ id: "story-bad", text: 42 }));
    // newsx runs from this checkout on the "remote" side (the same machine): absolute paths, no PATH needed.
    const remote = `${process.execPath} ${PACKAGE_ROOT}bin/newsx.js quotes --input jsonl --jsonl --jobs 1`;
    const result = spawnSync(
      "parallel",
      ["--pipe", "-N", "100", "--ssh", `ssh -F ${path("ssh_config")}`, "--sshlogin", logins.map((l) => `1/${l}`).join(","), "--joblog", path("joblog"), remote],
      { input: lines.join("\n") + "\n", env: cleanEnv, encoding: "utf8", timeout: 540_000, maxBuffer: 64 * 1024 * 1024 },
    );
    expect(result.error).toBeUndefined();
    const records = result.stdout
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { file: string; speaker?: string; error?: { code: string } });
    const stories = records.filter((r) => !r.error);
    const ids = stories.map((r) => r.file);
    expect(new Set(ids).size).toBe(ids.length); // none twice
    expect(ids.sort()).toEqual(Array.from({ length: STORIES }, (_, i) => `story-${i + 1}`).sort()); // none lost
    for (const r of stories) expect(r.speaker, r.file).toBe(clerk(Number(r.file.slice("story-".length))));
    const errors = records.filter((r) => r.error);
    expect(errors.map((r) => r.error!.code)).toEqual(["BAD_JSONL", "BAD_JSONL"]);
    expect(errors.map((r) => r.file)).toContain("story-bad");
    // parallel exits with the number of failed jobs: the blocks holding a bad line (newsx exits 2 for them).
    expect(result.status).toBe(2);
    // The joblog names the login of every block: the work went to both.
    const hosts = readFileSync(path("joblog"), "utf8").trim().split("\n").slice(1).map((row) => row.split("\t")[1]);
    expect(hosts).toHaveLength(Math.ceil(lines.length / 100));
    expect(new Set(hosts)).toEqual(new Set(logins));
  });
});

#!/usr/bin/env python3
"""Where the CPU of the request threads went, from a JFR recording's execution samples.

Usage: jfr-summary.py RECORDING.jfr
Reads `jfr print --events jdk.ExecutionSample --stack-depth 96`, keeps samples of Tomcat's request threads
(http-nio-*), and prints (1) each sample in the category of its innermost non-JDK frame (crypto, screening, SQL,
JSON, security filters, ...), and (2) the innermost Tandem (app.tandem) method on each sample's stack.
"""
import collections
import re
import subprocess
import sys

# first match wins, tried on each frame from the innermost outwards; plain JDK frames (collections, strings,
# regex, I/O) match nothing, so their time goes to the library or Tandem code that called them
CATEGORIES = [
    ("crypto (AES-GCM, SHA, HMAC, Argon2)", ("javax.crypto.", "com.sun.crypto.", "sun.security.", "java.security.",
                                             "org.bouncycastle.", "app.tandem.crypto.")),
    ("risk screening", ("app.tandem.screening.",)),
    ("SQL (PostgreSQL driver, Hikari, Spring JDBC)", ("org.postgresql.", "com.zaxxer.hikari.", "org.springframework.jdbc.",
                                                     "org.springframework.transaction.")),
    ("JSON (Jackson)", ("com.fasterxml.jackson.", "tools.jackson.")),
    ("validation", ("org.hibernate.validator.", "jakarta.validation.")),
    ("logging", ("ch.qos.logback.", "org.slf4j.")),
    ("security filters (Spring Security, Tandem's)", ("org.springframework.security.", "app.tandem.identity.security.",
                                                      "app.tandem.identity.token.")),
    ("audit trail", ("app.tandem.audit.",)),
    ("other Tandem code", ("app.tandem.",)),
    ("Spring MVC and context", ("org.springframework.",)),
    ("Tomcat (HTTP parsing, sockets)", ("org.apache.tomcat.", "org.apache.coyote.", "org.apache.catalina.")),
]


def category(frames):
    for frame in frames:
        for name, prefixes in CATEGORIES:
            if frame.startswith(prefixes):
                return name
    return "JDK only (no library or Tandem frame on the stack)"


def samples(recording):
    out = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96", recording],
                         capture_output=True, text=True, check=True).stdout
    for block in out.split("jdk.ExecutionSample {")[1:]:
        thread = re.search(r'sampledThread = "([^"]*)"', block)
        frames = re.findall(r"^\s+([\w$.<>]+)\(", block.split("stackTrace = [", 1)[-1], re.M)
        yield (thread.group(1) if thread else ""), frames


def main(recording):
    by_category = collections.Counter()
    by_method = collections.Counter()
    total = requests = 0
    for thread, frames in samples(recording):
        total += 1
        if not thread.startswith("http-nio"):
            continue
        requests += 1
        by_category[category(frames)] += 1
        tandem = next((f for f in frames if f.startswith("app.tandem.")), None)
        by_method[tandem or "(no Tandem frame: Tomcat, Spring, filters)"] += 1
    if not requests:
        print("no samples of request threads")
        return
    print(f"JFR execution samples: {total}, of Tomcat request threads: {requests} ({100 * requests / total:.0f}%)")
    print("Request threads' CPU by the innermost non-JDK frame:")
    for name, n in by_category.most_common():
        print(f"  {100 * n / requests:5.1f}%  {name}")
    print("Innermost Tandem method on the stack (top 12; a filter means Spring or Tomcat code below it):")
    for name, n in by_method.most_common(12):
        print(f"  {100 * n / requests:5.1f}%  {name}")


if __name__ == "__main__":
    main(sys.argv[1])

#!/usr/bin/env python3
"""A local SMTP sink for bench/reminders: accepts every message, keeps nothing but one line per message.

Each line of the log file is "<receive epoch ms> <reminder occurrence id or ->", the id taken from the
"/client/habits?reminder=<uuid>" link in the body (quoted-printable soft breaks and =3D undone first).
Plain asyncio, no dependencies: python3 smtp_sink.py PORT LOGFILE. Stops on SIGTERM/SIGINT.
"""
import asyncio
import re
import signal
import sys
import time

LINK = re.compile(rb"reminder(?:=3D|=)([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")


class Sink:
    def __init__(self, path):
        self.out = open(path, "w", buffering=1 << 16)
        self.count = 0

    def record(self, data):
        m = LINK.search(data.replace(b"=\r\n", b""))
        self.out.write("%d %s\n" % (time.time() * 1000, m.group(1).decode() if m else "-"))
        self.count += 1

    async def handle(self, reader, writer):
        writer.write(b"220 bench-sink ESMTP\r\n")
        try:
            while True:
                line = await reader.readline()
                if not line:
                    break
                verb = line[:4].upper()
                if verb in (b"EHLO", b"HELO"):
                    writer.write(b"250-bench-sink\r\n250 8BITMIME\r\n" if verb == b"EHLO" else b"250 bench-sink\r\n")
                elif verb == b"DATA":
                    writer.write(b"354 go ahead\r\n")
                    await writer.drain()
                    data = await reader.readuntil(b"\r\n.\r\n")
                    self.record(data)
                    writer.write(b"250 OK queued\r\n")
                elif verb == b"QUIT":
                    writer.write(b"221 bye\r\n")
                    await writer.drain()
                    break
                else:  # MAIL, RCPT, RSET, NOOP
                    writer.write(b"250 OK\r\n")
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()


async def main(port, path):
    sink = Sink(path)
    server = await asyncio.start_server(sink.handle, "127.0.0.1", port, backlog=512)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for s in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(s, stop.set)

    async def flush():
        while True:
            await asyncio.sleep(1)
            sink.out.flush()

    flusher = asyncio.create_task(flush())
    async with server:
        await stop.wait()
    flusher.cancel()
    sink.out.close()


if __name__ == "__main__":
    asyncio.run(main(int(sys.argv[1]), sys.argv[2]))

// A stand-in for Cloudflare's `send_email` binding that keeps what the Worker sends, and a
// small reader for the MIME it builds (headers, and each part decoded to text).
export type Sent = { from: string; to: string; raw: string };

export function fakeEmailBinding() {
  const sent: Sent[] = [];
  return {
    sent,
    binding: {
      async send(message: unknown) {
        const m = message as Record<string, unknown>;
        // workerd keeps the raw message under this own property of EmailMessage.
        const raw = m['EmailMessage::raw'];
        const text = typeof raw === 'string' ? raw : raw instanceof ReadableStream ? await new Response(raw).text() : String(raw);
        sent.push({ from: String(m.from), to: String(m.to), raw: text });
      },
    },
  };
}

const b64 = (s: string) => new TextDecoder().decode(Uint8Array.from(atob(s.replace(/\s+/g, '')), (c) => c.charCodeAt(0)));

/** Top-level headers (unfolded) and the decoded text of every leaf part, with its content type. */
export function readMime(raw: string) {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  const body = rest.join('\r\n\r\n');
  const boundary = /boundary="?([^";\r\n]+)"?/.exec(headers.get('content-type') ?? '')?.[1];
  const parts: { type: string; text: string }[] = [];
  for (const chunk of boundary ? body.split(`--${boundary}`) : [`${head}\r\n\r\n${body}`]) {
    const [ph = '', ...pb] = chunk.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
    const type = /content-type:\s*([^;\r\n]+)/i.exec(ph)?.[1]?.trim();
    if (!type || type.startsWith('multipart/')) continue;
    const content = pb.join('\r\n\r\n').trim();
    parts.push({ type, text: /content-transfer-encoding:\s*base64/i.test(ph) ? b64(content) : content });
  }
  const subjectRaw = headers.get('subject') ?? '';
  const subject = subjectRaw.replace(/=\?utf-8\?B\?([^?]+)\?=/gi, (_, x: string) => b64(x)).replace(/\?=\s+=\?/g, '');
  return { headers, subject, parts };
}

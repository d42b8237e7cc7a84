import { Hono } from 'hono';
import { home } from './routes/home.ts';

type Env = { Bindings: Cloudflare.Env };

const app = new Hono<Env>();
app.get('/api/health', (c) => c.json({ ok: true }));
app.route('/', home);

export default app;

import 'server-only';
import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 hashes with argon2id by default (m=19 MiB, t=2, p=1: OWASP's baseline)
export const hashPassword = (password: string) => hash(password);
export const verifyPassword = (stored: string, password: string) => verify(stored, password).catch(() => false);

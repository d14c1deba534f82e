/**
 * The routes the world's moving parts take, as flat [x0, y0, x1, y1, …] polylines in canvas coordinates:
 * requests down the system diagram (through the services, the queue), users into and out of the crowd, coins
 * into and out of the cash, tickets off the agents, help from mentors to new hires. Pure geometry.
 */
import type { Person } from './model.ts';
import { AGENTS, COINS, deskOrigin, DOTS, dotPosition, PERSON, serviceRects, SYSTEM } from './layout.ts';

const X = SYSTEM.flowX;

/** Requests from the users to the model: through the monolith, or fanned out over the services; via the queue. */
export function requestPaths(structure: string, processing: string): number[][] {
  const top = [X, SYSTEM.flowTop, X, SYSTEM.placement.y + SYSTEM.placement.h / 2];
  const a = SYSTEM.app;
  const q = SYSTEM.queue;
  const below = a.y + a.h + 6;
  const tail =
    processing === 'async'
      ? [
          X,
          below,
          q.x + 6,
          q.y + q.h / 2,
          q.x + q.w - 6,
          q.y + q.h / 2,
          X,
          q.y + q.h + 4,
          X,
          SYSTEM.flowBottom,
        ]
      : [X, SYSTEM.flowBottom];
  if (structure !== 'microservices') {
    return [-9, 9].map((dx) => [...top, X + dx, a.y + 8, X + dx, a.y + a.h - 8, ...tail]);
  }
  const s = serviceRects();
  return [0, 1].map((col) => {
    const cx = s[col]!.x + s[col]!.w / 2;
    return [...top, cx, s[col]!.y + 6, cx, s[col + 2]!.y + s[col + 2]!.h - 6, ...tail];
  });
}

/** Requests that fail (the share of the turn outside the SLO): they get as far as the application. */
export function failingPaths(): number[][] {
  return [
    [X + 14, SYSTEM.flowTop, X + 16, SYSTEM.placement.y + SYSTEM.placement.h, X + 22, SYSTEM.app.y + 22],
  ];
}

/** New users: from the panel's left edge to a place in the crowd. */
export function arrivalPaths(dots: number): number[][] {
  const n = Math.max(1, dots);
  return [0, 1, 2, 3, 4, 5].map((k) => {
    const to = dotPosition((k * 37 + 11) % n);
    return [DOTS.x - 16, to.y + ((k % 3) - 1) * 8, to.x + 6, to.y + 6];
  });
}

/** Users leaving: from the back of the crowd out through the panel's right edge. */
export function departurePaths(dots: number): number[][] {
  const n = Math.max(1, dots);
  return [0, 1, 2, 3, 4, 5].map((k) => {
    const from = dotPosition(Math.max(0, n - 1 - ((k * 13) % Math.min(n, 24))));
    return [from.x + 6, from.y + 6, DOTS.x + DOTS.cols * DOTS.step + 14, from.y + 6 + ((k % 3) - 1) * 6];
  });
}

export function coinInPaths(): number[][] {
  return [[COINS.from, COINS.y, (COINS.from + COINS.jar) / 2, COINS.y - 8, COINS.jar - 10, COINS.y]];
}

export function coinOutPaths(): number[][] {
  return [[COINS.jar + 10, COINS.y, (COINS.jar + COINS.to) / 2, COINS.y - 8, COINS.to, COINS.y]];
}

/** Each agent's finished work rises off its seat. */
export function ticketPaths(agents: number): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < agents; i++) {
    const x = AGENTS.x + i * AGENTS.step + AGENTS.size / 2;
    out.push([x, AGENTS.y + AGENTS.size / 2, x + 3, AGENTS.y - 4]);
  }
  return out;
}

/** From each mentor's desk to the new hire they help. */
export function mentorPaths(people: readonly Person[]): number[][] {
  const out: number[][] = [];
  people.forEach((p, i) => {
    if (p.mentor === null) return;
    const a = deskOrigin(p.mentor);
    const b = deskOrigin(i);
    const hx = PERSON.headX;
    const hy = PERSON.headY;
    out.push([a.x + hx, a.y + hy, (a.x + b.x) / 2 + hx, Math.min(a.y, b.y) + hy - 10, b.x + hx, b.y + hy]);
  });
  return out;
}

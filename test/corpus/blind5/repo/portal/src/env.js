// Corpus: blind5 (issue 14), the travel portal's T3 env module.
// Source: create.t3.gg "Environment Variables" and env.t3.gg createEnv (server, client, runtimeEnv).
import { createEnv } from "@t3-oss/env-nextjs";
import { z } from "zod";

export const env = createEnv({
  server: {
    DATABASE_URL: z.string().url(),
    FF_INSTANT_CONFIRM: z.enum(["true", "false"]).default("false"),
    FF_SEAT_MAP: z.enum(["on", "off"]).default("off"),
    FF_CHECKOUT_SPLIT_PAY: z.coerce.boolean().default(false),
  },
  client: {
    NEXT_PUBLIC_FF_PREVIEW_RIBBON: z.string().optional(),
  },
  runtimeEnv: {
    DATABASE_URL: process.env.DATABASE_URL,
    FF_INSTANT_CONFIRM: process.env.FF_INSTANT_CONFIRM,
    FF_SEAT_MAP: process.env.FF_SEAT_MAP,
    FF_CHECKOUT_SPLIT_PAY: process.env.FF_CHECKOUT_SPLIT_PAY,
    NEXT_PUBLIC_FF_PREVIEW_RIBBON: process.env.NEXT_PUBLIC_FF_PREVIEW_RIBBON,
  },
  emptyStringAsUndefined: true,
});

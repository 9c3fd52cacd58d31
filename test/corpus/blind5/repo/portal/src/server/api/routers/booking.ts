// Corpus: blind5 (issue 14), a tRPC router reading flags from the validated T3 env object.
// Source: create.t3.gg "Using Environment Variables" (`import { env } from "~/env"`, then `env.X`).
import { z } from "zod";
import { env } from "~/env";
import { createTRPCRouter, protectedProcedure } from "~/server/api/trpc";

const holdInput = z.object({ tripId: z.string(), seats: z.array(z.string()).max(9) });

export const bookingRouter = createTRPCRouter({
  hold: protectedProcedure.input(holdInput).mutation(async ({ ctx, input }) => {
    const instant = env.FF_INSTANT_CONFIRM === "true";
    const seatMap =
      env.FF_SEAT_MAP === "on" && input.seats.length > 0;
    // env.NEXT_PUBLIC_FF_PREVIEW_RIBBON is a client variable and not a flag of ours
    const ribbon = env.NEXT_PUBLIC_FF_PREVIEW_RIBBON ?? "none";
    return ctx.db.hold.create({
      data: { tripId: input.tripId, seats: input.seats, instant, seatMap, ribbon },
    });
  }),
  status: protectedProcedure.input(z.string()).query(({ ctx, input }) => {
    const config = { db: ctx.db, env };
    return config.db.hold.findUnique({ where: { id: input } });
  }),
});

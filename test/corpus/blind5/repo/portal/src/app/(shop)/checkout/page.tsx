// Corpus: blind5 (issue 14), a Next.js server component reading the T3 env object through `@/env`.
// Source: create.t3.gg env docs (import alias `@/env` of newer templates) and Next.js App Router pages.
import { redirect } from "next/navigation";
import { env } from "@/env";
import { getServerAuthSession } from "@/server/auth";
import { SplitPayBox } from "@/components/SplitPayBox";

export default async function CheckoutPage({ searchParams }: { searchParams: Promise<{ trip?: string }> }) {
  const session = await getServerAuthSession();
  if (!session) redirect("/login");
  const { trip } = await searchParams;
  return (
    <main className="checkout">
      <h1>Checkout</h1>
      {env.FF_CHECKOUT_SPLIT_PAY ? (
        <SplitPayBox tripId={trip ?? ""} />
      ) : null}
      <p>Seats are held for {env.FF_SEAT_MAP === "on" ? "15" : "10"} minutes.</p>
    </main>
  );
}

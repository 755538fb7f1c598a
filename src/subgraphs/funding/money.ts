// Exact sums of money: Prisma's Decimal, never JavaScript numbers (0.1 + 0.2 !== 0.3).
import { Prisma } from "../../generated/prisma/client.ts";

export type Money = Prisma.Decimal;

export const ZERO: Money = new Prisma.Decimal(0);

export function sumMoney(amounts: Money[]): Money {
  return amounts.reduce((total, amount) => total.plus(amount), ZERO);
}

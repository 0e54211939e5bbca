// The ties of the Harlow Bend sample. Built so the analysis has something to find: the faith
// leaders reach the service providers only through the hospital chaplain (s-32), the two east-side
// counselling services (s-03, s-04) never partner or refer, and one conflict sits inside the core.
import type { TieSpec } from './spec';

export const SAMPLE_TIES: readonly TieSpec[] = [
  // Who works where (person -> organization).
  ['t-01', 's-18', 's-01', 'works-at', 3], ['t-02', 's-19', 's-02', 'works-at', 3],
  ['t-03', 's-20', 's-15', 'works-at', 3], ['t-04', 's-22', 's-17', 'works-at', 3],
  ['t-05', 's-23', 's-03', 'works-at', 3], ['t-06', 's-24', 's-04', 'works-at', 3],
  ['t-07', 's-25', 's-05', 'works-at', 3], ['t-08', 's-26', 's-10', 'works-at', 3],
  ['t-09', 's-30', 's-15', 'works-at', 2], ['t-10', 's-31', 's-06', 'works-at', 3],
  ['t-11', 's-32', 's-06', 'works-at', 2], ['t-12', 's-33', 's-11', 'works-at', 3],
  ['t-13', 's-34', 's-12', 'works-at', 3], ['t-14', 's-35', 's-11', 'works-at', 2],
  ['t-15', 's-36', 's-13', 'works-at', 3], ['t-16', 's-39', 's-09', 'works-at', 3],
  ['t-17', 's-41', 's-14', 'works-at', 1],
  // Organizations that work together.
  ['t-18', 's-01', 's-02', 'partners-with', 3, 'Shared safety-planning protocol.'],
  ['t-19', 's-01', 's-05', 'partners-with', 3], ['t-20', 's-01', 's-10', 'partners-with', 2],
  ['t-21', 's-01', 's-15', 'partners-with', 3], ['t-22', 's-02', 's-07', 'partners-with', 2],
  ['t-23', 's-01', 's-17', 'partners-with', 2], ['t-24', 's-05', 's-10', 'partners-with', 2],
  ['t-25', 's-11', 's-12', 'partners-with', 2, 'Joint winter food drive.'],
  ['t-26', 's-03', 's-15', 'partners-with', 2],
  // Referrals (directed).
  ['t-27', 's-02', 's-03', 'refers-to', 2], ['t-28', 's-01', 's-04', 'refers-to', 2],
  ['t-29', 's-06', 's-01', 'refers-to', 2], ['t-30', 's-09', 's-02', 'refers-to', 2],
  ['t-31', 's-10', 's-05', 'refers-to', 2], ['t-32', 's-15', 's-03', 'refers-to', 2],
  ['t-33', 's-01', 's-07', 'refers-to', 1], ['t-34', 's-06', 's-02', 'refers-to', 1],
  // Money (directed).
  ['t-35', 's-08', 's-01', 'funds', 3], ['t-36', 's-08', 's-02', 'funds', 2],
  ['t-37', 's-08', 's-15', 'funds', 2], ['t-38', 's-13', 's-01', 'funds', 2, 'Small city grant, renewed yearly.'],
  ['t-39', 's-08', 's-17', 'funds', 1],
  // People who know each other.
  ['t-40', 's-18', 's-19', 'knows', 3], ['t-41', 's-18', 's-20', 'knows', 3],
  ['t-42', 's-18', 's-21', 'knows', 3], ['t-43', 's-18', 's-22', 'knows', 2],
  ['t-44', 's-19', 's-20', 'knows', 2], ['t-45', 's-20', 's-21', 'knows', 2],
  ['t-46', 's-21', 's-22', 'knows', 2], ['t-47', 's-20', 's-30', 'knows', 3],
  ['t-48', 's-20', 's-27', 'knows', 3], ['t-49', 's-30', 's-28', 'knows', 2],
  ['t-50', 's-30', 's-29', 'knows', 2], ['t-51', 's-27', 's-28', 'knows', 2],
  ['t-52', 's-18', 's-25', 'knows', 2], ['t-53', 's-18', 's-26', 'knows', 2],
  ['t-54', 's-19', 's-23', 'knows', 2], ['t-55', 's-23', 's-24', 'knows', 1, 'Met once at a training.'],
  ['t-56', 's-25', 's-26', 'knows', 2], ['t-57', 's-31', 's-32', 'knows', 3],
  ['t-58', 's-18', 's-32', 'knows', 2], ['t-59', 's-32', 's-33', 'knows', 3],
  ['t-60', 's-32', 's-34', 'knows', 3], ['t-61', 's-33', 's-34', 'knows', 2],
  ['t-62', 's-33', 's-35', 'knows', 3], ['t-63', 's-34', 's-35', 'knows', 1],
  ['t-64', 's-21', 's-37', 'knows', 2], ['t-65', 's-37', 's-38', 'knows', 2],
  ['t-66', 's-36', 's-37', 'knows', 1], ['t-67', 's-22', 's-40', 'knows', 3],
  ['t-68', 's-40', 's-16', 'knows', 2], ['t-69', 's-39', 's-26', 'knows', 2],
  ['t-70', 's-19', 's-39', 'knows', 2], ['t-71', 's-41', 's-40', 'knows', 1],
  ['t-72', 's-36', 's-14', 'knows', 2], ['t-73', 's-21', 's-08', 'knows', 3, 'Sits on the foundation board.'],
  // The one negative tie: bad history inside the coalition.
  ['t-74', 's-19', 's-26', 'conflict', 2, 'Disagreement over a 2023 case; both still bring it up.'],
];

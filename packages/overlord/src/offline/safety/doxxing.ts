import { findAll } from '../text';
import type { SafetyHit, SafetyRule } from './types';

/** Addresses of public institutions are not private data. */
const PUBLIC_ADDRESSES = /\b(?:10 downing street|1600 pennsylvania avenue|221b baker street)\b/i;

const STREET =
  /\b\d{1,5}[A-Za-z]?\s+(?:[A-Z][\p{L}'-]+\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close|Crescent|Square|Sq|Parkway|Highway|Hwy|Strasse|Straße)\b\.?/gu;

const PHONE =
  /(?<![\w.$€£])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,5}\)[ .-]?|\d{2,5}[ .-])\d{3,4}[ .-]?\d{3,4}(?!\.?\d)/g;

// Bounded parts keep long runs of digits and dashes from backtracking quadratically.
const EMAIL = /\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}\b/g;

/** Role inboxes are published on purpose; only personal addresses are doxxing. */
const ROLE_INBOX =
  /^(?:info|contact|press|media|support|help|hello|admin|office|enquiries|inquiries|team|sales|noreply|no-reply|webmaster|feedback|ministry|editor|letters|tips)@/i;

const DISCLOSURE: RegExp[] = [
  /\b(?:lives|living|resides|residing|stays|staying) (?:at|on) (?:number )?(?:\d+[A-Za-z]?|[A-Z][\p{L}'-]*)(?:\s+[A-Z][\p{L}'-]*){0,3}/gu,
  /\b(?:his|her|their|the author's|op's) (?:home |real |current |personal )?(?:address|phone number|mobile number|cell number|mobile|email|workplace|ssn|social security number) is\b/gi,
  /\b(?:his|her|their) (?:real|full|legal) name is\b/gi,
  /\bhere(?:'s| is) (?:his|her|their) (?:home )?(?:address|number|phone|email|location)\b/gi,
];

/** A private message may share the author's own contact details. */
function ownDetails(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index).toLowerCase();
  return /\b(?:my|me at|(?:reach|contact|email|e-mail|call|text|message|write to) me|i'm at|i am at)\b/.test(
    before,
  );
}

function digits(s: string): number {
  return s.replace(/\D/g, '').length;
}

export const doxxingRule: SafetyRule = ({ text }) => {
  const hits: SafetyHit[] = [];
  const push = (quote: string, code: string) => hits.push({ category: 'doxxing', code, quote });
  for (const s of findAll(STREET, text)) {
    if (!PUBLIC_ADDRESSES.test(s.quote) && !ownDetails(text, s.index))
      push(s.quote, 'street_address');
  }
  for (const s of findAll(PHONE, text)) {
    const n = digits(s.quote);
    const phoneLike = n >= 10 || (n >= 9 && /^[+(]/.test(s.quote));
    const yearList = /^(?:(?:19|20)\d\d[ .-]?)+$/.test(s.quote);
    if (phoneLike && !yearList && n <= 15 && !ownDetails(text, s.index))
      push(s.quote, 'phone_number');
  }
  for (const s of findAll(EMAIL, text)) {
    if (!ROLE_INBOX.test(s.quote) && !ownDetails(text, s.index)) push(s.quote, 'email_address');
  }
  for (const re of DISCLOSURE) {
    for (const s of findAll(re, text)) {
      if (!PUBLIC_ADDRESSES.test(text.slice(s.index, s.index + 60)))
        push(s.quote, 'personal_details');
    }
  }
  return hits;
};

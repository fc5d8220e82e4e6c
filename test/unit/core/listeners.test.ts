import { describe, expect, it } from 'vitest';
import { Listeners } from '../../../src/core/listeners';

describe('Listeners', () => {
  it('calls each subscriber with the arguments until it unsubscribes', () => {
    const seen: string[] = [];
    const listeners = new Listeners<[string, number]>();
    const stop = listeners.add((a, b) => seen.push(`first ${a}${b}`));
    listeners.add((a, b) => seen.push(`second ${a}${b}`));
    listeners.emit('x', 1);
    stop();
    listeners.emit('y', 2);
    listeners.clear();
    listeners.emit('z', 3);
    expect(seen).toEqual(['first x1', 'second x1', 'second y2']);
  });

  it('lets a listener unsubscribe another while being called, without skipping the rest of this round', () => {
    const seen: string[] = [];
    const listeners = new Listeners<[]>();
    let stopB: () => void = () => undefined;
    listeners.add(() => (seen.push('a'), stopB()));
    stopB = listeners.add(() => seen.push('b'));
    listeners.emit();
    listeners.emit();
    expect(seen).toEqual(['a', 'b', 'a']);
  });
});

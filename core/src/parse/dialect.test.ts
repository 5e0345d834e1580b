import { describe, expect, it } from 'vitest';
import { sniffDialect } from './dialect';

describe('sniffDialect', () => {
  it('prefers the delimiter with a consistent count', () => {
    expect(sniffDialect('a;b;c\n1;40 000,00;x\n2;3,5;y\n', true).delimiter).toBe(';');
    expect(sniffDialect('a,b,c\n1,aide;nature,x\n2,3,y\n', true).delimiter).toBe(',');
    expect(sniffDialect('a\tb\n1\t2\n', true).delimiter).toBe('\t');
    expect(sniffDialect('a|b|c\n1|2|3\n', true).delimiter).toBe('|');
  });

  it('is not fooled by title rows and quoted delimiters', () => {
    const text = 'Subventions 2017, ville de X\n\nnom;montant;date\n"Dupont, Jean";12;2017-01-01\nB;3;2017-01-02\nC;4;2017-01-03\n';
    expect(sniffDialect(text, true).delimiter).toBe(';');
  });

  it('reports line terminators', () => {
    expect(sniffDialect('a,b\r\n1,2\r\n', true).lineTerminator).toBe('\r\n');
    expect(sniffDialect('a,b\n1,2\n', true).lineTerminator).toBe('\n');
    expect(sniffDialect('a,b\r\n1,2\n', true).lineTerminator).toBe('mixed');
  });
});

import html, re, sys
only_table = '--table' in sys.argv
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
out = ['<!doctype html><html><head><meta charset="utf-8"><style>',
       '@page { size: A4 landscape; margin: 12mm; }',
       'body { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; }',
       'p { margin: 0 0 3pt 0; } table { border-collapse: collapse; width: 100%; }',
       'td.waktu { white-space: nowrap; } td { border: 1px solid #000; padding: 3pt; vertical-align: top; font-size: 9pt; }',
       '</style></head><body>']
in_table = False
for line in lines:
    is_table = '\t' in line and (in_table or line.startswith('No.'))
    if is_table and not in_table:
        out.append('<table>'); in_table = True
    if in_table and not is_table:
        out.append('</table>'); in_table = False
    if in_table:
        cells = line.split('\t')
        out.append('<tr>' + ''.join(('<td class="waktu">' if re.match(r'^\d+\s*(Menit|Jam|Hari)', c) else '<td>') + html.escape(c) + '</td>' for c in cells) + '</tr>')
    elif only_table and not line.startswith('NAMA SOP') and not line.startswith('PEMERINTAH'):
        continue
    elif line.strip() and not line.startswith('- |') and not line.startswith('|'):
        out.append('<p>' + html.escape(line.replace('\t', ' ').replace('<u>','').replace('</u>','')) + '</p>')
if in_table: out.append('</table>')
out.append('</body></html>')
print('\n'.join(out))

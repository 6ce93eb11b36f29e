import {unified} from 'unified';
import remarkParse from 'remark-parse';
import remarkDirective from 'remark-directive';
const p = unified().use(remarkParse).use(remarkDirective);
const src = process.argv[2].replace(/\\n/g,'\n');
const t = p.parse(src);
const show=(n,d=0)=>{console.log(' '.repeat(d)+n.type+(n.name?':'+n.name:'')+' '+n.position.start.line+'-'+n.position.end.line+(n.attributes?JSON.stringify(n.attributes):''));(n.children||[]).forEach(c=>show(c,d+2))};
show(t);

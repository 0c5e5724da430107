// tpl.cc: the ctemplate shim. The only C++ in Frontline: it turns the C
// calls of tpl.h into ctemplate calls and never lets an exception escape.
#include "tpl.h"

#include <ctemplate/template.h>
#include <ctemplate/template_dictionary.h>

#include <dirent.h>
#include <sys/stat.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

using ctemplate::TemplateDictionary;

// Every tpl_dict* is really a TemplateDictionary*.
static TemplateDictionary *D(tpl_dict *d) { return reinterpret_cast<TemplateDictionary *>(d); }
static tpl_dict *H(TemplateDictionary *d) { return reinterpret_cast<tpl_dict *>(d); }

// Collects the paths (relative to root) of every *.tpl file below dir.
static void find_templates(const std::string &root, const std::string &rel,
                           std::vector<std::string> &out)
{
	std::string dir = rel.empty() ? root : root + "/" + rel;
	DIR *dp = opendir(dir.c_str());
	if (dp == NULL)
		return;
	while (struct dirent *e = readdir(dp)) {
		if (e->d_name[0] == '.')
			continue;
		std::string name = rel.empty() ? e->d_name : rel + "/" + e->d_name;
		std::string full = root + "/" + name;
		struct stat st;
		if (stat(full.c_str(), &st) != 0)
			continue;
		if (S_ISDIR(st.st_mode))
			find_templates(root, name, out);
		else if (name.size() > 4 && name.compare(name.size() - 4, 4, ".tpl") == 0)
			out.push_back(name);
	}
	closedir(dp);
}

// Loads every template once and freezes the cache; returns the count or -1.
extern "C" int tpl_load_all(const char *root)
{
	try {
		ctemplate::TemplateCache *cache = ctemplate::mutable_default_template_cache();
		cache->SetTemplateRootDirectory(root);
		std::vector<std::string> names;
		find_templates(root, "", names);
		for (const std::string &n : names) {
			if (!cache->LoadTemplate(n, ctemplate::STRIP_BLANK_LINES)) {
				fprintf(stderr, "template %s failed to load\n", n.c_str());
				return -1;
			}
		}
		cache->Freeze();
		return static_cast<int>(names.size());
	} catch (...) {
		return -1;
	}
}

// New top-level dictionary or NULL.
extern "C" tpl_dict *tpl_dict_new(void)
{
	try {
		return H(new TemplateDictionary("page"));
	} catch (...) {
		return NULL;
	}
}

// Frees a top-level dictionary.
extern "C" void tpl_dict_free(tpl_dict *d)
{
	try {
		delete D(d);
	} catch (...) {
	}
}

// Sets a variable; 0 or -1.
extern "C" int tpl_set(tpl_dict *d, const char *name, const char *value)
{
	try {
		D(d)->SetValue(name, value ? value : "");
		return 0;
	} catch (...) {
		return -1;
	}
}

// Sets an integer variable; 0 or -1.
extern "C" int tpl_set_int(tpl_dict *d, const char *name, long long value)
{
	char text[32];
	snprintf(text, sizeof text, "%lld", value);
	return tpl_set(d, name, text);
}

// Sets a value visible in this template and its includes; 0 or -1.
extern "C" int tpl_set_global(tpl_dict *d, const char *name, const char *value)
{
	try {
		D(d)->SetTemplateGlobalValue(name, value ? value : "");
		return 0;
	} catch (...) {
		return -1;
	}
}

// Adds a section row; returns it or NULL.
extern "C" tpl_dict *tpl_add_row(tpl_dict *d, const char *section)
{
	try {
		return H(D(d)->AddSectionDictionary(section));
	} catch (...) {
		return NULL;
	}
}

// Shows a section once; 0 or -1.
extern "C" int tpl_show(tpl_dict *d, const char *section)
{
	try {
		D(d)->ShowSection(section);
		return 0;
	} catch (...) {
		return -1;
	}
}

// Shows a section when flag is set; 0 or -1.
extern "C" int tpl_show_if(tpl_dict *d, const char *section, int flag)
{
	return flag ? tpl_show(d, section) : 0;
}

// Adds an include dictionary expanding filename; returns it or NULL.
extern "C" tpl_dict *tpl_add_include(tpl_dict *d, const char *name, const char *filename)
{
	try {
		TemplateDictionary *inc = D(d)->AddIncludeDictionary(name);
		inc->SetFilename(filename);
		return H(inc);
	} catch (...) {
		return NULL;
	}
}

// Expands a template into a malloc'd buffer; 0 or -1.
extern "C" int tpl_expand(const char *filename, const tpl_dict *d, char **out, size_t *len)
{
	try {
		std::string result;
		const TemplateDictionary *dict = reinterpret_cast<const TemplateDictionary *>(d);
		if (!ctemplate::ExpandTemplate(filename, ctemplate::STRIP_BLANK_LINES, dict, &result))
			return -1;
		char *copy = static_cast<char *>(malloc(result.size() + 1));
		if (copy == NULL)
			return -1;
		memcpy(copy, result.data(), result.size());
		copy[result.size()] = '\0';
		*out = copy;
		*len = result.size();
		return 0;
	} catch (...) {
		return -1;
	}
}
